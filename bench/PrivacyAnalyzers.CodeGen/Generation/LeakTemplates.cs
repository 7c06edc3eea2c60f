namespace PrivacyAnalyzers.CodeGen.Generation;

/// <summary>Where a planted leak's method goes.</summary>
internal enum LeakHost
{
    Service,
    Reporter,
}

/// <summary>One kind of planted leak: a method added to the service or the reporter of a module.</summary>
internal sealed record LeakTemplate(string Kind, LeakHost Host, string Code);

/// <summary>
/// The planted leaks, one kind per module that gets one, rotated. Each marks its expected diagnostic
/// with <c>«PRIVnnn:expression»</c>. All follow flows the engine promises to track.
/// </summary>
internal static class LeakTemplates
{
    public static readonly LeakTemplate[] All =
    {
        new LeakTemplate("direct", LeakHost.Service, """

        public void ShareDirect(int id)
        {
            var item = _repository.Find(id);
            if (item == null)
            {
                return;
            }

            _audience.Upload(«PRIV001:item.$K$»);
        }
"""),
        new LeakTemplate("call-chain", LeakHost.Service, """

        public void ShareThroughChain(int id)
        {
            var item = _repository.Find(id);
            if (item != null)
            {
                Forward(item.$K$);
            }
        }

        private void Forward(string value) => Push(Prefix(value));

        private static string Prefix(string value) => "p:" + value;

        private void Push(string value)
        {
            _audience.Upload(«PRIV001:value»);
        }
"""),
        new LeakTemplate("field-across-classes", LeakHost.Reporter, """

        public void ShareLastKey()
        {
            _audience.Upload(«PRIV001:_cache.LastKey»);
        }
"""),
        new LeakTemplate("linq", LeakHost.Service, """

        public void ExportContacts()
        {
            _analytics.Track("export", «PRIV002:string.Join(",", _repository.All().Select(x => x.$C$))»);
        }
"""),
        new LeakTemplate("async-logging", LeakHost.Service, """

        public async Task LookupAsync(int id)
        {
            var item = await _repository.FindAsync(id);
            if (item == null)
            {
                return;
            }

            Console.WriteLine(«PRIV003:"lookup " + item.$K$»);
        }
"""),
        new LeakTemplate("hash", LeakHost.Service, """

        public void ShareHashed(int id)
        {
            var item = _repository.Find(id);
            if (item == null)
            {
                return;
            }

            var digest = SHA256.HashData(Encoding.UTF8.GetBytes(item.$K$));
            _audience.Upload(«PRIV001:Convert.ToHexString(digest)»);
        }
"""),
        new LeakTemplate("collection", LeakHost.Service, """

        public void TrackBatch()
        {
            var batch = new List<string>();
            foreach (var x in _repository.Active())
            {
                batch.Add(x.$C$);
            }

            _analytics.TrackMany("batch", «PRIV002:batch»);
        }
"""),
        new LeakTemplate("lambda", LeakHost.Service, """

        public void ShareSelected(int id)
        {
            var item = _repository.Find(id);
            if (item == null)
            {
                return;
            }

            Func<$E$, string> pick = x => x.$K$;
            _audience.Upload(«PRIV001:pick(item)»);
        }
"""),
        new LeakTemplate("interpolation-logging", LeakHost.Service, """

        public void LogDelivery(int id)
        {
            var item = _repository.Find(id);
            if (item == null)
            {
                return;
            }

            Console.WriteLine(«PRIV003:$"sent to {item.$C$}"»);
        }
"""),
    };
}
