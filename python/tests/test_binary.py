"""Finding the binary and refusing one that writes another contract version."""

import os
import stat

import pytest

import zhengce
from zhengce import _binary


def fake_binary(tmp_path, version_line, status=0):
    script = tmp_path / "zhengce"
    script.write_text(f"#!/bin/sh\necho '{version_line}'\nexit {status}\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return str(script)


def test_the_binary_under_test_reports_contract_version_6(binary):
    assert _binary.check(binary) == (6, 1)


def test_a_missing_binary_says_where_it_looked_and_what_to_set(tmp_path):
    with pytest.raises(zhengce.BinaryNotFound) as caught:
        zhengce.parse(binary=str(tmp_path / "no-such-zhengce"))
    assert "ZHENGCE_BINARY" in str(caught.value)
    assert "swift build" in str(caught.value)


def test_a_binary_without_the_version_report_is_too_old(tmp_path):
    # What a binary from before the version report prints: ArgumentParser's unknown-option error.
    old = fake_binary(tmp_path, "Error: Unknown option '--version'", status=64)
    with pytest.raises(zhengce.BinaryVersionError, match="too old"):
        zhengce.measures(binary=old)


def test_a_binary_of_schema_version_5_is_too_old(tmp_path):
    # Version 5 had no genreSource, and left genre null where the body names the kind.
    old = fake_binary(tmp_path, "zhengce: contract schemaVersion 5, export stream version 1")
    with pytest.raises(zhengce.BinaryVersionError, match=r"too old: it writes contract schemaVersion 5"):
        zhengce.parse(binary=old)


def test_a_binary_of_a_later_schema_version_is_too_new(tmp_path):
    new = fake_binary(tmp_path, "zhengce: contract schemaVersion 7, export stream version 1")
    with pytest.raises(zhengce.BinaryVersionError, match=r"too new.*pip install ./python"):
        zhengce.parse(binary=new)


def test_a_failing_command_raises_with_the_binarys_own_words(binary, tmp_path):
    with pytest.raises(zhengce.ZhengceError, match="no such file"):
        zhengce.parse([str(tmp_path / "missing.txt")])
