"""bench.memory's reading of a run: the peak in each tenth of its time shows growth."""

from bench.memory import tenths


def test_the_peak_of_each_tenth_of_a_run():
    samples = [(0.5, 100), (1.5, 300), (1.9, 200), (9.99, 400)]
    assert tenths(samples, 10.0) == [100, 300, 0, 0, 0, 0, 0, 0, 0, 400]
    # A sample at the very end belongs to the last tenth, not to an eleventh.
    assert tenths([(10.0, 7)], 10.0)[-1] == 7
    assert tenths([], 0.0) == [0] * 10
