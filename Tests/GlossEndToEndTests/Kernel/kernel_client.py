#!/usr/bin/env python3
"""Drives the installed Gloss kernel with jupyter_client, as a notebook front end does, and checks its answers.

Usage: kernel_client.py SCENARIO [ARGS]   (JUPYTER_DATA_DIR must hold the gloss kernelspec)
  session       cells, state, counts, errors, completion, inspection, is_complete, history, interrupt
  hostile       bad signature, malformed JSON, unknown type, huge payload: each refused, the kernel serves on
  interrupt K   kernelspec K: a long replay, a multi-line cell and a slow regex interrupted, as a front end does
                (KernelManager.interrupt_kernel: SIGINT or interrupt_request, as K's interrupt_mode says) and by
                an interrupt_request of our own; each time the reply is KeyboardInterrupt and the next cell runs
  timing N      start-up (to the kernel_info reply) and a cell's round trip, medians over N runs, as JSON

Prints one line per check ("ok NAME" or "FAIL NAME: why") and exits 1 when a check failed, so the Swift test
that runs it reports exactly which one.
"""
import json
import statistics
import sys
import time
from queue import Empty

from jupyter_client.manager import KernelManager

failures = 0


def check(name, condition, detail=""):
    global failures
    if condition:
        print(f"ok {name}")
    else:
        failures += 1
        print(f"FAIL {name}: {str(detail)[:2000]}")


def start(name="gloss"):
    km = KernelManager(kernel_name=name)
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=30)
    return km, kc


def run(kc, code, timeout=30):
    """Executes code; returns (reply content, [iopub messages of this request except status])."""
    msg_id = kc.execute(code)
    outputs = []
    states = []
    while True:
        msg = kc.get_iopub_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "status":
            states.append(msg["content"]["execution_state"])
            if msg["content"]["execution_state"] == "idle":
                break
        else:
            outputs.append(msg)
    reply = kc.get_shell_msg(timeout=timeout)
    while reply["parent_header"].get("msg_id") != msg_id:
        reply = kc.get_shell_msg(timeout=timeout)
    return reply["content"], outputs, states


def shell_reply(kc, msg_id, timeout=30):
    reply = kc.get_shell_msg(timeout=timeout)
    while reply["parent_header"].get("msg_id") != msg_id:
        reply = kc.get_shell_msg(timeout=timeout)
    return reply


def text_of(outputs):
    parts = []
    for m in outputs:
        if m["msg_type"] == "display_data":
            parts.append(m["content"]["data"]["text/plain"])
        elif m["msg_type"] == "stream":
            parts.append(m["content"]["text"])
        elif m["msg_type"] == "error":
            parts.append("\n".join(m["content"]["traceback"]) + "\n")
    return "".join(parts)


def session():
    km, kc = start()
    try:
        info = kc.kernel_info(reply=True)["content"]
        check("kernel_info language", info["language_info"]["name"] == "gloss", info)
        check("kernel_info extension", info["language_info"]["file_extension"] == ".gloss", info)
        check("kernel_info protocol", info["protocol_version"] == "5.3", info)
        check("kernel_info banner names the article", "paragraph" in info["banner"], info["banner"])

        reply, outputs, states = run(kc, "info")
        check("execute ok", reply["status"] == "ok", reply)
        check("status busy then idle", states == ["busy", "idle"], states)
        check("execute_input published", any(m["msg_type"] == "execute_input" for m in outputs), outputs)
        display = [m for m in outputs if m["msg_type"] == "display_data"]
        check("info shows display_data", len(display) == 1, outputs)
        data = display[0]["content"]["data"] if display else {}
        check("text/plain always", "sha256" in data.get("text/plain", ""), data)
        check("application/json is the JSON renderer's", isinstance(data.get("application/json"), dict)
              and data["application/json"].get("input") == "info", data.get("application/json"))
        first = reply["execution_count"]

        reply, outputs, _ = run(kc, "tag 1.1 claim --note first")
        check("tag ok", reply["status"] == "ok", reply)
        check("counts advance", reply["execution_count"] == first + 1, (first, reply["execution_count"]))

        reply, outputs, _ = run(kc, "tags")
        check("state persists across cells", "claim" in text_of(outputs), text_of(outputs))

        reply, outputs, _ = run(kc, "actors")
        html = [m for m in outputs if m["msg_type"] == "display_data" and "text/html" in m["content"]["data"]]
        check("a table has text/html", html and "<table>" in html[0]["content"]["data"]["text/html"], outputs)

        reply, outputs, _ = run(kc, "quote 99.1")
        check("a failing command is an error reply", reply["status"] == "error" and reply["ename"] == "GlossError"
              and "99" in reply["evalue"], reply)
        check("the error is published", any(m["msg_type"] == "error" for m in outputs), outputs)

        reply, outputs, _ = run(kc, "info \\\n")
        reply, outputs, _ = run(kc, "find the\\\n--case\nhistory")
        check("a multi-line cell runs each line", reply["status"] == "ok" and "find the --case" in text_of(outputs),
              text_of(outputs))

        reply = kc.complete("fi", 2, reply=True)["content"]
        check("completion of a command", "find" in reply["matches"] and reply["cursor_start"] == 0, reply)
        reply = kc.complete("find --re", 9, reply=True)["content"]
        check("completion of an option", "--regex" in reply["matches"] and reply["cursor_start"] == 5, reply)

        reply = kc.inspect("quote 1.1", 2, reply=True)["content"]
        check("inspection is help", reply["found"] and "quote" in reply["data"]["text/plain"], reply)
        reply = kc.inspect("nosuchcommand", 3, reply=True)["content"]
        check("inspection of a non-command", reply["found"] is False, reply)

        reply = shell_reply(kc, kc.is_complete("find the \\"))["content"]
        check("a trailing backslash is incomplete", reply["status"] == "incomplete", reply)
        reply = shell_reply(kc, kc.is_complete("find the"))["content"]
        check("a line is complete", reply["status"] == "complete", reply)

        reply = kc.history(hist_access_type="tail", n=3, output=False, raw=True, reply=True)["content"]
        inputs = [h[2] for h in reply["history"]]
        check("history has the cells", reply["status"] == "ok" and "history" in inputs, reply)

        # A pattern that backtracks for seconds: the interrupt stops it long before the 2 s limit would.
        msg_id = kc.execute("find --regex '(.*)*!'")
        # Interrupt once the kernel is running the cell (its execute_input is out), not before it has read it.
        while True:
            msg = kc.get_iopub_msg(timeout=10)
            if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "execute_input":
                break
        time.sleep(0.3)
        km.interrupt_kernel()
        reply = shell_reply(kc, msg_id, timeout=10)
        check("an interrupt stops a slow regex", reply["content"]["status"] == "error"
              and reply["content"]["ename"] == "KeyboardInterrupt", reply["content"])
        reply, outputs, _ = run(kc, "info")
        check("the kernel lives after the interrupt", reply["status"] == "ok", reply)
        check("heartbeat beats", km.is_alive() and kc.hb_channel.is_beating(), "")

        # A restart is a new process and a fresh session: cell numbers start again at 1.
        km.restart_kernel(now=False)
        kc.wait_for_ready(timeout=30)
        reply, _, _ = run(kc, "info")
        check("a restarted kernel starts a fresh session", reply["status"] == "ok" and reply["execution_count"] == 1, reply)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)
    check("shutdown ends the process", not km.is_alive(), "")


def hostile():
    import zmq

    km, kc = start()
    try:
        info = km.get_connection_info()
        ctx = zmq.Context.instance()
        sock = ctx.socket(zmq.DEALER)
        sock.connect(f"tcp://{info['ip']}:{info['shell_port']}")
        session = kc.session
        header = session.pack(session.msg_header("kernel_info_request"))
        parts = [header, b"{}", b"{}", b"{}"]
        sock.send_multipart([b"<IDS|MSG>", b"0" * 64] + parts)                     # wrong signature
        good_sig = session.sign(parts)
        sock.send_multipart([b"<IDS|MSG>", session.sign([b"{not json", b"{}", b"{}", b"{}"]),
                             b"{not json", b"{}", b"{}", b"{}"])                    # malformed JSON, signed
        unknown = session.pack(session.msg_header("no_such_request"))
        sock.send_multipart([b"<IDS|MSG>", session.sign([unknown, b"{}", b"{}", b"{}"]), unknown, b"{}", b"{}", b"{}"])
        huge = [header, b"{}", b"{}", b"[" + b"1," * (10 << 20) + b"1]"]
        sock.send_multipart([b"<IDS|MSG>", session.sign(huge)] + huge)               # 20 MB
        sock.send_multipart([b"no delimiter"])
        sock.send_multipart([b"<IDS|MSG>", good_sig] + parts)                       # a good one, last
        check("the kernel answers after bad messages", sock.poll(10000) != 0, "no reply in 10 s")
        frames = sock.recv_multipart()
        reply = json.loads(frames[frames.index(b"<IDS|MSG>") + 3])
        check("the only reply is to the good message", json.loads(frames[frames.index(b"<IDS|MSG>") + 2])["msg_type"]
              == "kernel_info_reply" and sock.poll(500) == 0, reply)
        reply, _, _ = run(kc, "info")
        check("the kernel still executes", reply["status"] == "ok", reply)
        sock.close(0)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)


def collect(kc, msg_id, timeout=60):
    """The shell reply and IOPub messages of a request, reading both as they come: a long replay publishes more
    than the thousand messages a SUB socket queues, and one that is not read drops the rest (the idle status too)."""
    deadline = time.time() + timeout
    reply, outputs, idle = None, [], False
    while (reply is None or not idle) and time.time() < deadline:
        try:
            msg = kc.get_iopub_msg(timeout=0.05)
            if msg["parent_header"].get("msg_id") == msg_id:
                if msg["msg_type"] == "status":
                    idle = idle or msg["content"]["execution_state"] == "idle"
                else:
                    outputs.append(msg)
        except Empty:
            pass
        while reply is None and kc.shell_channel.msg_ready():
            msg = kc.get_shell_msg(timeout=1)
            if msg["parent_header"].get("msg_id") == msg_id:
                reply = msg
    return reply["content"] if reply else None, outputs, idle


def interrupted(km, kc, code, how, settle=0.5):
    """Runs code, interrupts it `settle` s after it started ("manager": as a front end does; "request": an
    interrupt_request of our own on control, whose reply is returned); the reply, outputs, seconds to the reply."""
    msg_id = kc.execute(code)
    while True:
        msg = kc.get_iopub_msg(timeout=30)
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "execute_input":
            break
    time.sleep(settle)
    t0 = time.time()
    control = None
    if how == "manager":
        km.interrupt_kernel()
    else:
        request = kc.session.msg("interrupt_request", {})
        kc.control_channel.send(request)
        control = kc.get_control_msg(timeout=10)
        if control["parent_header"].get("msg_id") != request["header"]["msg_id"]:
            control = None
    reply, outputs, idle = collect(kc, msg_id)
    return reply, outputs, time.time() - t0, control, idle


def interrupt(name):
    import os
    import re

    # Far longer than the test would wait: only an interrupt ends it in time.
    with open("long.gloss", "w") as f:
        f.write("find --regex 'P.tin'\n" * 20000)
    km, kc = start(name)
    try:
        check("the kernelspec's interrupt mode", km.kernel_spec.interrupt_mode in ("signal", "message"), km.kernel_spec.interrupt_mode)
        ran = 0
        for how in ("manager", "request"):
            reply, outputs, seconds, control, idle = interrupted(km, kc, "replay long.gloss", how)
            check(f"{how}: a long replay stops promptly", reply is not None and seconds < 5, (seconds, reply))
            reply = reply or {}
            check(f"{how}: the reply is KeyboardInterrupt", reply.get("status") == "error" and reply.get("ename") == "KeyboardInterrupt"
                  and re.fullmatch(r"replay: interrupted after \d+ of 20000 cells", reply.get("evalue", "")), reply)
            check(f"{how}: the notebook shows it", any(m["msg_type"] == "error" and m["content"]["ename"] == "KeyboardInterrupt"
                                                      for m in outputs), [m["msg_type"] for m in outputs][-5:])
            check(f"{how}: the kernel goes idle", idle, "")
            if how == "request":
                check("an interrupt_request gets an interrupt_reply", control is not None and control["msg_type"] == "interrupt_reply"
                      and control["content"]["status"] == "ok", control)
            match = re.search(r"after (\d+) of", reply.get("evalue", ""))
            ran += int(match.group(1)) if match else 0
            after, _, _ = run(kc, "info")
            check(f"{how}: the next cell runs", after["status"] == "ok", after)
            check(f"{how}: the cells that ran are kept", after["execution_count"] == ran + 1, (after["execution_count"], ran))
            ran += 1

        # A cell of several lines stops where it was: the lines after the replay do not run.
        reply, outputs, seconds, _, _ = interrupted(km, kc, "info\nreplay long.gloss\ntag 1.1 claim", "manager")
        check("a multi-line cell stops at the interrupt", reply is not None and reply["ename"] == "KeyboardInterrupt", reply)
        after, outputs, _ = run(kc, "tags")
        check("the lines after it did not run", "claim" not in text_of(outputs), text_of(outputs))

        reply, _, seconds, _, _ = interrupted(km, kc, "find --regex '(.*)*!'", "manager", settle=0.3)
        check("a slow regex stops", reply is not None and reply["ename"] == "KeyboardInterrupt" and seconds < 1.5, (seconds, reply))

        # Interrupting an idle kernel does nothing, and the next cell is not taken for interrupted.
        km.interrupt_kernel()
        request = kc.session.msg("interrupt_request", {})
        kc.control_channel.send(request)
        control = kc.get_control_msg(timeout=10)
        check("an idle interrupt_request is answered", control["msg_type"] == "interrupt_reply"
              and control["parent_header"]["msg_id"] == request["header"]["msg_id"], control)
        time.sleep(0.2)
        after, _, _ = run(kc, "info")
        check("an idle interrupt is harmless", after["status"] == "ok", after)
        check("heartbeat beats", km.is_alive() and kc.hb_channel.is_beating(), "")
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)
        os.unlink("long.gloss")
    check("shutdown ends the process", not km.is_alive(), "")


def direct_startup():
    """The kernel's own start-up: process spawn to the kernel_info reply over a bare DEALER socket, without
    KernelManager's polling. Returns seconds."""
    import os
    import subprocess
    import tempfile
    import zmq
    from jupyter_client.connect import write_connection_file
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.session import Session

    spec = KernelSpecManager().get_kernel_spec("gloss")
    with tempfile.TemporaryDirectory() as tmp:
        path, info = write_connection_file(os.path.join(tmp, "c.json"))
        session = Session(key=info["key"].encode() if isinstance(info["key"], str) else info["key"])
        ctx = zmq.Context.instance()
        sock = ctx.socket(zmq.DEALER)
        # Retry the refused connection every 2 ms (libzmq's default is 100 ms, which would be most of the figure).
        sock.setsockopt(zmq.RECONNECT_IVL, 2)
        sock.connect(f"tcp://{info['ip']}:{info['shell_port']}")
        t0 = time.perf_counter()
        argv = [a.replace("{connection_file}", path) for a in spec.argv]
        proc = subprocess.Popen(argv, stderr=subprocess.DEVNULL)
        session.send(sock, "kernel_info_request", {})
        ok = sock.poll(10000)
        elapsed = time.perf_counter() - t0
        if ok:
            sock.recv_multipart()
        session.send(sock, "shutdown_request", {"restart": False})
        proc.wait(10)
        sock.close(0)
        return elapsed


def timing(n):
    direct = [direct_startup() for _ in range(n)]
    starts, trips = [], []
    for _ in range(n):
        t0 = time.perf_counter()
        km, kc = start()
        kc.kernel_info(reply=True)
        starts.append(time.perf_counter() - t0)
        for _ in range(5):
            t1 = time.perf_counter()
            run(kc, "quote 1.1")
            trips.append(time.perf_counter() - t1)
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    print(json.dumps({"kernel_startup_ms": round(statistics.median(direct) * 1000, 1),
                      "kernel_manager_startup_ms": round(statistics.median(starts) * 1000, 1),
                      "round_trip_ms": round(statistics.median(trips) * 1000, 2), "runs": n}))


if __name__ == "__main__":
    scenario = sys.argv[1] if len(sys.argv) > 1 else "session"
    if scenario == "session":
        session()
    elif scenario == "hostile":
        hostile()
    elif scenario == "interrupt":
        interrupt(sys.argv[2] if len(sys.argv) > 2 else "gloss")
    elif scenario == "timing":
        timing(int(sys.argv[2]) if len(sys.argv) > 2 else 5)
    else:
        sys.exit(f"unknown scenario {scenario}")
    sys.exit(1 if failures else 0)
