#!/usr/bin/python3
"""tests/bench/live_update.py NOTULIST [RUNS] — how soon the board shows a
change made by another process (issue 16: median within 100 ms).

The board runs in a pseudo-terminal of 80x24 on a fresh demo database.
Each run checks one more client in with the CLI in a second process and
times when the board first writes to its terminal: with nothing else
moving on the screen (the clock is fixed by NOTULIST_NOW), that write is
the redraw showing the check-in.  The commit happens somewhere inside the
CLI's run, so the script prints three figures (min, median, max in ms):
from the CLI's start to the redraw, the CLI's own run, and how long after
the CLI exited the redraw came (0 when it came before).
"""
import fcntl, os, pty, select, shutil, statistics, struct, subprocess
import sys, tempfile, termios, time

NL = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build/notulist")
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 20
NOW = "2026-03-10 14:05:00"
CLIENTS = ["Zoë de Vries", "Anaïs Bakker", "Noël Jansen", "Joëlle Visser",
           "Daniël Smit", "René Mulder", "Fatima el Amrani", "Priya Ramdin",
           "Kees de Graaf", "Marieke Bos", "Ahmed Benali", "Loïs Hendriks",
           "Chloë van Leeuwen", "Sjoerd Hoekstra", "Inês Tavares",
           "Henk Verbeek", "Gülşen Demir", "Pieter Brouwer", "Ilse Kramer",
           "Dirk-Jan Wouters"]


def cli(db, *args, now=NOW):
    env = dict(os.environ, NOTULIST_NOW=now, LANG="C.UTF-8")
    subprocess.run([NL, "-d", db, *args], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def read_for(fd, seconds):
    """Reads what the board writes for that long; returns the bytes."""
    out, end = b"", time.monotonic() + seconds
    while (left := end - time.monotonic()) > 0:
        if select.select([fd], [], [], left)[0]:
            try:
                out += os.read(fd, 65536)
            except OSError:
                break
    return out


def main():
    tmp = tempfile.mkdtemp(prefix="notulist-live-")
    try:
        db = os.path.join(tmp, "notulist.db")
        cli(db, "init", "--demo", now="2026-03-10 13:00:00")
        cli(db, "meeting", "open", "1")
        pid, fd = pty.fork()
        if pid == 0:
            os.environ.update(TERM="xterm-256color", LANG="C.UTF-8",
                              NOTULIST_NOW=NOW, HOME=tmp)
            os.execv(NL, [NL, "-d", db])
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        screen = read_for(fd, 2.0)
        assert b"Clients present" in screen, screen[-400:]
        after_start, after_exit, runs = [], [], []
        for name in CLIENTS[:RUNS]:
            read_for(fd, 0.6)               # quiet: nothing else moves
            env = dict(os.environ, NOTULIST_NOW=NOW, LANG="C.UTF-8")
            t0 = time.monotonic()
            proc = subprocess.Popen([NL, "-d", db, "checkin", "1", name],
                                    env=env, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
            # The board may redraw before the CLI has even exited (it
            # commits, then frees and exits): watch both at once.
            t_draw = t_exit = None
            while t_draw is None or t_exit is None:
                if t_exit is None and proc.poll() is not None:
                    t_exit = time.monotonic()
                if t_draw is None and select.select([fd], [], [], 0.0005)[0]:
                    t_draw = time.monotonic()
                if time.monotonic() - t0 > 5:
                    sys.exit("the board never showed the check-in of " + name)
            if proc.returncode != 0:
                sys.exit("checkin failed for " + name)
            after_start.append((t_draw - t0) * 1000)
            runs.append((t_exit - t0) * 1000)
            after_exit.append(max(0.0, t_draw - t_exit) * 1000)
        os.write(fd, b"q")
        os.waitpid(pid, 0)
        def stats(xs):
            return "min %.1f, median %.1f, max %.1f ms" % (
                min(xs), statistics.median(xs), max(xs))
        print("live update, %d check-ins by the CLI:" % len(runs))
        print("  board redraws, from the CLI's start: " + stats(after_start))
        print("  the CLI itself, start to exit:       " + stats(runs))
        print("  board redraws after the CLI exited:  " + stats(after_exit))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


main()
