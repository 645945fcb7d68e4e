import Foundation
import Testing
import ZhengceTestSupport

/// `zhengce plugins`, `plugins show` and the plugin options of `parse`, run as a binary.
@Suite struct PluginsCommandTests {
  @Test func listsEveryBuiltInPlugin() throws {
    let out = try CommandRunner.run(["plugins"])
    #expect(out.status == 0)
    let ids = out.stdout.split(separator: "\n").map { $0.split(separator: "\t").first.map(String.init) ?? "" }
    // generic, then the 31 provincial-level divisions by id, each with the regions it knows.
    #expect(ids == ["generic", "anhui", "beijing", "chongqing", "fujian", "gansu", "guangdong", "guangxi", "guizhou", "hainan", "hebei", "heilongjiang", "henan", "hubei", "hunan", "jiangsu", "jiangxi", "jilin", "liaoning", "neimenggu", "ningxia", "qinghai", "shaanxi", "shandong", "shanghai", "shanxi", "sichuan", "tianjin", "xinjiang", "xizang", "yunnan", "zhejiang"])
    #expect(out.stdout.contains("hunan\t湖南\t湖南省\t长沙市、株洲市、湘潭市、衡阳市 … (152)\tbuilt-in\n"))
    #expect(out.stdout.contains("henan\t河南\t河南省\t三门峡市、三门峡、信阳市、信阳 … (190)\tbuilt-in\n"))
  }

  @Test func showPrintsAUserAliasAndWhereItCameFrom() throws {
    let dir = try PluginFixtures.pluginDirectory([
      "extra": #"{ "manifestVersion": 1, "id": "hunan", "departments": [ { "name": "省乡村振兴局", "aliases": ["省振兴局"] } ] }"#
    ])
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let out = try CommandRunner.run(["plugins", "show", "hunan"], environment: ["ZHENGCE_PLUGIN_PATH": dir])
    #expect(out.status == 0, "\(out.stderr)")
    #expect(out.stdout.contains("\"省振兴局\""))
    #expect(out.stdout.contains("  departments: 20 from built-in, 1 from \(dir)/extra/manifest.json\n"))
    #expect(out.stdout.contains("  \(dir)/extra/manifest.json: 省乡村振兴局 = 省振兴局\n"))
    let listed = try CommandRunner.run(["plugins", "--plugins", dir])
    #expect(listed.stdout.contains("\tbuilt-in + \(dir)/extra/manifest.json\n"))
  }

  @Test func aBadManifestIsOneLineOnStderr() throws {
    let dir = try PluginFixtures.pluginDirectory(["bad": "{\n  \"manifestVersion\": 3,\n  \"id\": \"bad\"\n}"])
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let out = try CommandRunner.run(["parse", "--plugins", dir, "corpus/\(CorpusFixtures.hunan).txt"])
    #expect(out.status == 1)
    #expect(out.stdout.isEmpty)
    #expect(out.stderr == "zhengce: \(dir)/bad/manifest.json:1: manifestVersion 3 is newer than this zhengce understands (1); upgrade zhengce\n")
  }

  @Test func parseShowsAndOverridesTheChoice() throws {
    let detected = try CommandRunner.run(["parse", "corpus/\(CorpusFixtures.xiangxi).txt"])
    #expect(detected.stdout.contains("  plugin:   hunan  (title names 湘西; issuer names 湘西; text names 湘西)\n"))
    let forced = try CommandRunner.run(["parse", "--plugin", "generic", "corpus/\(CorpusFixtures.xiangxi).txt"])
    #expect(forced.stdout.contains("  plugin:   generic  (chosen with --plugin generic)\n"))
    let unknown = try CommandRunner.run(["parse", "--plugin", "taiwan", "corpus/\(CorpusFixtures.xiangxi).txt"])
    #expect(unknown.status == 1)
    #expect(unknown.stderr == "zhengce: no plugin with id 'taiwan'; known: generic, anhui, beijing, chongqing, fujian, gansu, guangdong, guangxi, guizhou, hainan, hebei, heilongjiang, henan, hubei, hunan, jiangsu, jiangxi, jilin, liaoning, neimenggu, ningxia, qinghai, shaanxi, shandong, shanghai, shanxi, sichuan, tianjin, xinjiang, xizang, yunnan, zhejiang\n")
  }
}
