using Analytics.Etl.Loading;

namespace Analytics.Etl.Tests;

/// <summary>
/// The records of a file are read and prepared on a thread of their own while the loader appends them
/// (<see cref="ReadAhead"/>): the loader must get every record in the file's order, the reader's errors as the
/// reader threw them, and a reader that has stopped and closed its file when the loader stops early.
/// </summary>
public sealed class ReadAheadTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1023)]
    [InlineData(1024)]
    [InlineData(1025)]
    [InlineData(20_000)]
    public void Select_AnyCount_GivesEveryStepResultInTheSourceOrder(int count)
    {
        var results = ReadAhead.Select(Enumerable.Range(0, count), item => item * 3L).ToList();

        Assert.Equal(Enumerable.Range(0, count).Select(item => item * 3L), results);
    }

    [Fact]
    public void Select_SourceFailingPastItsFirstItems_GivesThoseItemsThenTheSameException()
    {
        var failure = new InvalidDataException("строка 3000: кавычка не закрыта");
        var seen = new List<int>();

        var thrown = Assert.Throws<InvalidDataException>(() =>
        {
            foreach (var item in ReadAhead.Select(Failing(3000, failure), item => item))
            {
                seen.Add(item);
            }
        });

        Assert.Same(failure, thrown);
        Assert.Equal(Enumerable.Range(0, 3000), seen);
    }

    [Fact]
    public void Select_StepFailing_GivesTheStepsExceptionToTheCaller()
    {
        var thrown = Assert.Throws<InvalidOperationException>(() =>
            ReadAhead.Select(Enumerable.Range(0, 5000), item => item == 4321 ? throw new InvalidOperationException("no key") : item).ToList());

        Assert.Equal("no key", thrown.Message);
    }

    [Fact]
    public void Select_CallerStoppingEarly_StopsTheSourceAndDisposesItBeforeReturning()
    {
        var source = new TrackedSource(1_000_000);

        var firstTen = ReadAhead.Select(source, item => item).Take(10).ToList();

        Assert.Equal(Enumerable.Range(0, 10), firstTen);
        Assert.True(source.Disposed);
        Assert.True(source.Read < 1_000_000, $"the reader went on to item {source.Read}");
    }

    [Fact]
    public void Select_CallerFailingMidway_DisposesTheSourceBeforeTheCallersErrorLeaves()
    {
        var source = new TrackedSource(100_000);

        Assert.Throws<TimeoutException>(() =>
        {
            foreach (var item in ReadAhead.Select(source, item => item))
            {
                if (item == 2048)
                {
                    throw new TimeoutException();
                }
            }
        });

        Assert.True(source.Disposed);
    }

    private static IEnumerable<int> Failing(int before, Exception failure)
    {
        for (var i = 0; i < before; i++)
        {
            yield return i;
        }

        throw failure;
    }

    /// <summary>A source that counts what was read of it and whether it was disposed (the file closed).</summary>
    private sealed class TrackedSource(int count) : IEnumerable<int>
    {
        private volatile bool disposed;
        private int read;

        public bool Disposed => disposed;

        public int Read => Volatile.Read(ref read);

        public IEnumerator<int> GetEnumerator()
        {
            try
            {
                for (var i = 0; i < count; i++)
                {
                    Interlocked.Increment(ref read);
                    yield return i;
                }
            }
            finally
            {
                disposed = true;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
