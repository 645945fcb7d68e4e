#!/usr/bin/env python3
"""Headless browser test of `zhengce serve` against the bundled corpus.

Drives Debian's Chromium over the DevTools protocol through a pipe
(--remote-debugging-pipe: commands on fd 3, answers on fd 4, each a JSON
message ending in NUL), so it needs nothing beyond the Python standard
library. It skips only when no Chromium binary is installed.

Usage: browser_test.py ZHENGCE_BINARY [SCREENSHOT.png]
"""
import base64
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class Browser:
    """One headless Chromium and one page, driven over the DevTools pipe."""

    def __init__(self, binary, profile):
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()
        flags = "--headless=new --no-sandbox --disable-gpu --no-first-run --disable-extensions --remote-debugging-pipe"
        script = f'exec "{binary}" {flags} --user-data-dir="{profile}" --window-size=1280,1000 3<&{to_chrome_r} 4>&{from_chrome_w}'
        self.process = subprocess.Popen(["bash", "-c", script], pass_fds=(to_chrome_r, from_chrome_w),
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ["Page.enable", "Runtime.enable", "DOM.enable", "CSS.enable"]:
            self.call(domain, session=True)

    def _read(self, timeout=30):
        deadline = time.time() + timeout
        while b"\0" not in self.buffer:
            if time.time() > deadline:
                raise TimeoutError("no answer from chromium")
            chunk = os.read(self.from_chrome, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, params=None, session=False):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self.session
        os.write(self.to_chrome, json.dumps(message).encode() + b"\0")
        while True:
            answer = self._read()
            if answer.get("id") == self.next_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer.get("result", {})
            self.events.append(answer)

    def wait_for_load(self):
        while True:
            for i, event in enumerate(self.events):
                if event.get("method") == "Page.loadEventFired":
                    del self.events[: i + 1]
                    return
            self.events.append(self._read())

    def go(self, url):
        self.events.clear()
        self.call("Page.navigate", {"url": url}, session=True)
        self.wait_for_load()

    def js(self, expression):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def click(self, selector):
        """Clicks the first element matching `selector` and waits for the page it opens."""
        self.events.clear()
        if not self.js(f"(() => {{ const e = document.querySelector({json.dumps(selector)}); if (!e) return false; e.click(); return true; }})()"):
            raise AssertionError(f"nothing to click: {selector}")
        self.wait_for_load()

    def fonts_of(self, selector):
        root = self.call("DOM.getDocument", {"depth": 0}, session=True)["root"]["nodeId"]
        node = self.call("DOM.querySelector", {"nodeId": root, "selector": selector}, session=True)["nodeId"]
        return self.call("CSS.getPlatformFontsForNode", {"nodeId": node}, session=True)["fonts"]

    def screenshot(self):
        return base64.b64decode(self.call("Page.captureScreenshot", {"format": "png"}, session=True)["data"])

    def close(self):
        self.process.kill()
        self.process.wait()


def ink_fraction(png):
    """Share of pixels that are not near-white, read with zlib alone (8-bit RGB/RGBA PNG)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height, channels = 8, b"", 0, 0, 0
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos: pos + 8])
        data = png[pos + 8: pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color = struct.unpack(">IIBB", data[:10])
            assert depth == 8 and color in (2, 6), "8-bit RGB(A) expected"
            channels = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat += data
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    previous = bytearray(stride)
    inked = 0
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1: (y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = previous[x]
            c = previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + a) & 255
            elif kind == 2:
                line[x] = (line[x] + b) & 255
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        inked += sum(1 for x in range(0, stride, channels) if min(line[x], line[x + 1], line[x + 2]) < 200)
        previous = line
    return inked / (width * height)


def main():
    zhengce = os.path.abspath(sys.argv[1])
    shot_path = sys.argv[2] if len(sys.argv) > 2 else None
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("SKIP: no chromium installed (.ci/run installs Debian's chromium and fonts-noto-cjk)")
        return 0
    work = tempfile.mkdtemp(prefix="zhengce-browser-")
    server = None
    browser = None
    try:
        index = os.path.join(work, "index")
        subprocess.run([zhengce, "index", os.path.join(ROOT, "corpus"), "--index", index], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        server = subprocess.Popen([zhengce, "serve", "--index", index, "--port", "0"], stderr=subprocess.PIPE, text=True)
        match = None
        for _ in range(20):  # Hummingbird's own log lines come first
            line = server.stderr.readline()
            match = re.search(r"serving .* on http://([^ ]+?)/", line)
            if match or not line:
                break
        assert match, f"no address in: {line!r}"
        base = "http://" + match.group(1).replace("[", "").replace("]", "")
        browser = Browser(chromium, os.path.join(work, "profile"))
        quote = lambda s: "".join(c if c.isascii() and c.isalnum() else "".join(f"%{b:02X}" for b in c.encode()) for c in s)

        browser.go(base + "/?q=" + quote("易地扶贫搬迁"))
        provinces = browser.js("[...document.querySelectorAll('a[data-facet=province]')].map(e => e.textContent)")
        total = browser.js("Number(document.getElementById('total').dataset.total)")
        print("search 易地扶贫搬迁:", total, "hits from", provinces)
        assert len(set(provinces)) == 3, provinces

        browser.click("a[data-facet=province]")
        narrowed = browser.js("Number(document.getElementById('total').dataset.total)")
        after = browser.js("[...new Set([...document.querySelectorAll('li.hit')].map(e => e.dataset.province))]")
        print("after a province facet click:", narrowed, "hits from", after)
        assert 0 < narrowed < total and len(after) == 1, (narrowed, after)

        browser.click(".hit-title a")
        focus = browser.js("(() => { const e = document.querySelector(location.hash); return e && e.classList.contains('focus') && e.querySelector('mark') !== null && e.matches(':target'); })()")
        print("hit opened", browser.js("location.pathname + location.hash"), "in context:", focus)
        assert focus

        browser.go(base + "/tasks")
        browser.js("document.querySelector('input[name=dept]').value = '财政'")
        browser.click("form.bar button[type=submit]")
        rows = browser.js("document.querySelectorAll('table.tasks tr').length - 1")
        longest = browser.js("Math.max(...[...document.querySelectorAll('td.task-text')].map(e => e.textContent.length))")
        print("task register 财政:", rows, "rows; longest text", longest, "characters")
        assert rows > 0 and longest > 100

        browser.go(base + "/compare")
        browser.js("document.querySelector('input[name=topic]').value = '教育扶贫'")
        browser.click("form.bar button[type=submit]")
        columns = browser.js("[...document.querySelectorAll('th.column')].map(e => e.textContent)")
        bars = browser.js("document.querySelectorAll('figure.chart svg rect').length")
        print("compare 教育扶贫:", columns, bars, "bars")
        assert len(columns) == 4 and bars >= 4, (columns, bars)

        browser.go(base + "/?q=" + quote("易地扶贫搬迁"))
        fonts = browser.fonts_of("#total")
        print("fonts of the result count:", fonts)
        cjk = [f for f in fonts if "CJK" in f["familyName"] or "Noto Sans SC" in f["familyName"]]
        assert cjk and sum(f["glyphCount"] for f in cjk) >= 3, fonts
        png = browser.screenshot()
        ink = ink_fraction(png)
        print(f"screenshot: {len(png)} bytes, {ink:.1%} of pixels inked")
        assert ink > 0.02, "blank screenshot"
        if shot_path:
            with open(shot_path, "wb") as f:
                f.write(png)
        print("browser test passed")
        return 0
    finally:
        if browser:
            browser.close()
        if server:
            server.terminate()
            server.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
