import Testing
import ZhengceCorpus

/// Document ids for a set of files: stems, told apart by folder where two files share one.
@Suite struct DocumentIDTests {
  @Test func uniqueStemsStayStems() {
    #expect(CorpusFiles.documentIDs(["a/x.txt", "b/y.html"]) == ["x", "y"])
  }

  @Test func filesSharingAStemAreQualifiedByTheFoldersBelowTheirCommonOne() {
    let paths = ["/data/湖南/2018/通知.txt", "/data/陕西/通知.txt", "/data/陕西/方案.txt", "/data/湖南/2019/通知.htm"]
    #expect(CorpusFiles.documentIDs(paths) == ["湖南/2018/通知", "陕西/通知", "方案", "湖南/2019/通知"])
  }

  @Test func theSameStemInOneFolderKeepsItsExtension() {
    #expect(CorpusFiles.documentIDs(["d/doc.txt", "d/doc.html"]) == ["doc.txt", "doc.html"])
  }

  @Test func theSameFileNamedTwiceKeepsItsStem() {
    #expect(CorpusFiles.documentIDs(["corpus/a.txt", "corpus/./a.txt", "corpus/b.txt"]) == ["a", "a", "b"])
  }

  @Test func aFileReachedTwiceIsListedOnceWhereItFirstCame() throws {
    let corpus = try #require(CorpusFiles.bundledDirectory())
    let hunan = corpus + "/hunan-2018-deep-poverty-plan.txt"
    let files = CorpusFiles.expand([hunan, corpus, corpus + "/./hunan-2018-deep-poverty-plan.txt", "missing.txt", "missing.txt"])
    #expect(files.count == 6)
    #expect(files.first == hunan && files.last == "missing.txt")
    #expect(files.filter { $0.hasSuffix("hunan-2018-deep-poverty-plan.txt") } == [hunan])
  }
}
