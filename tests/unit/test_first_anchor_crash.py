"""The first audit anchor (written once per installation, when the first administrator's
sign-in signs every grant) is crash-consistent like every later one: the key file is written
before the commit with the anchor pending, and settled after. TeamDesk killed at either point
leaves a folder the administrator signs in to without a warning and that ``teamdesk check``
calls sound."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from teamdesk import cli
from teamdesk.services.signin import sign_in
from teamdesk.store.keyring import keyring_path, load_keyring
from teamdesk.store.paths import DataLocation

PASSWORD = "correct horse"
ADMIN = "Anne Admin"

# Sets up the first administrator with the key file's writes in services.trust watched; dies
# at once (like kill -9) after the chosen one.
_CHILD = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    import teamdesk.services.trust as trust
    from teamdesk.services.signin import set_up_first_administrator
    from teamdesk.store import keyring
    from teamdesk.store.paths import DataLocation

    keyring.DEFAULT_KDF = keyring.FAST_KDF
    directory, password, moment = sys.argv[1:4]
    real_save = trust.save_keyring
    saves = []

    def save(path, ring):
        saves.append(path)
        if moment == "committed" and len(saves) == 2:
            os._exit(9)  # the database committed, the key file not yet settled
        real_save(path, ring)
        if moment == "key file written" and len(saves) == 1:
            os._exit(9)  # the key file written, the database not committed

    trust.save_keyring = save
    set_up_first_administrator(DataLocation(Path(directory), "test"), "Anne Admin", password)
    os._exit(0)
    """
)


@pytest.mark.parametrize("moment", ["key file written", "committed"])
def test_killed_while_the_first_anchor_is_written_the_folder_is_sound(
    tmp_path: Path,
    moment: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    location = DataLocation(tmp_path / "data", "test")
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(location.directory), PASSWORD, moment],
        check=False,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 9, done.stderr
    session = sign_in(location, ADMIN, PASSWORD, daily_backup=False)
    assert not session.trust_warnings, [w.render() for w in session.trust_warnings]
    session.sign_out()
    ring = load_keyring(keyring_path(location.database))
    assert ring.grant_public and ring.anchor is not None and not ring.anchor.pending
    monkeypatch.setenv("TEAMDESK_PASSWORD", PASSWORD)
    code = cli.main(["check", "--data-dir", str(location.directory), "--user", ADMIN])
    out = capsys.readouterr().out
    assert code == cli.EXIT_OK, out
