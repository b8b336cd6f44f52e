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
        var results = ReadAhead.Select(Enumerable.Range(0, count), item => item * 3L, _ => 1).ToList();

        Assert.Equal(Enumerable.Range(0, count).Select(item => item * 3L), results);
    }

    [Fact]
    public void Select_SourceFailingPastItsFirstItems_GivesThoseItemsThenTheSameException()
    {
        var failure = new InvalidDataException("строка 3000: кавычка не закрыта");
        var seen = new List<int>();

        var thrown = Assert.Throws<InvalidDataException>(() =>
        {
            foreach (var item in ReadAhead.Select(Failing(3000, failure), item => item, _ => 1))
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
            ReadAhead.Select(Enumerable.Range(0, 5000), item => item == 4321 ? throw new InvalidOperationException("no key") : item, _ => 1).ToList());

        Assert.Equal("no key", thrown.Message);
    }

    [Fact]
    public void Select_CallerStoppingEarly_StopsTheSourceAndDisposesItBeforeReturning()
    {
        var source = new TrackedSource(1_000_000);

        var firstTen = ReadAhead.Select(source, item => item, _ => 1).Take(10).ToList();

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
            foreach (var item in ReadAhead.Select(source, item => item, _ => 1))
            {
                if (item == 2048)
                {
                    throw new TimeoutException();
                }
            }
        });

        Assert.True(source.Disposed);
    }

    [Fact]
    public void Select_LongRecords_ReadsAheadAFewMillionCharactersNotThousandsOfRecords()
    {
        // records of half a million characters each: ten thousand of them read ahead would be ten gigabytes
        var source = new TrackedSource(1_000_000);

        using var records = ReadAhead.Select(source, item => item, _ => 512 * 1024).GetEnumerator();
        Assert.True(records.MoveNext());
        var read = ReadWhenTheReaderWaits(source);

        // eight batches of two records ahead, the one being handed over and the one being read
        Assert.InRange(read, 2, 24);
    }

    /// <summary>How much of the source was read once the reader has stopped for the caller (nothing read for a fifth of a second).</summary>
    private static int ReadWhenTheReaderWaits(TrackedSource source)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var read = source.Read;
        while (DateTime.UtcNow < deadline)
        {
            Thread.Sleep(200);
            if (source.Read == read)
            {
                return read;
            }

            read = source.Read;
        }

        return read;
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
