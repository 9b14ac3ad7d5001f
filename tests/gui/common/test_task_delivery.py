"""The task runner delivers every outcome, even for a job that ends before slots connect."""

from __future__ import annotations

from gui.common.tasks import TaskRunner


def test_result_of_a_job_finished_before_connecting_is_still_delivered(qtbot):
    runner = TaskRunner()
    handle = runner.submit(lambda progress, is_cancelled: 42)
    runner.wait()  # the job is done before anything is connected
    with qtbot.waitSignal(handle.finished) as blocker:
        pass
    assert blocker.args == [42]


def test_many_quick_jobs_each_deliver_exactly_once(qtbot):
    runner = TaskRunner()
    got: list[int] = []
    for i in range(200):
        runner.submit(lambda progress, is_cancelled, i=i: i).finished.connect(got.append)
    runner.wait()
    qtbot.waitUntil(lambda: len(got) == 200)
    assert sorted(got) == list(range(200))


def test_failure_and_progress_arrive_on_the_gui_thread(qtbot):
    runner = TaskRunner()

    def job(progress, is_cancelled):
        progress(1, 2)
        raise ValueError("bad row 7")

    handle = runner.submit(job)
    runner.wait()
    seen = []
    handle.progressed.connect(lambda d, t: seen.append((d, t)))
    with qtbot.waitSignal(handle.failed) as blocker:
        pass
    assert seen == [(1, 2)]
    assert isinstance(blocker.args[0], ValueError) and "bad row 7" in blocker.args[1]
