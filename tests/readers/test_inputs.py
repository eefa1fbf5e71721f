from __future__ import annotations

from orbat.readers import expand_inputs


def test_folder_skips_readmes_notes_and_gold_files(tmp_path):
    (tmp_path / "README.md").write_text("# about this folder\n")
    (tmp_path / "notes.md").write_text("notes\n")
    (tmp_path / "a.gold.jsonl").write_text("{}\n")
    (tmp_path / "story.txt").write_text("Title\n\nBody text.\n")
    assert [p.rsplit("/", 1)[-1] for p in expand_inputs([str(tmp_path)])] == ["story.txt"]
