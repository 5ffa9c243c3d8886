using OpenRem.Benchmarks;

// Benchmarks of OpenRem.Dicom against DCMTK, run as whole processes side by side (see README.md here).
return args.FirstOrDefault() switch
{
    "parse-headers" => HeaderParse.ParseFiles(args[1..]),
    "compare-dcmdump" => await HeaderParse.CompareWithDcmdumpAsync(args[1..]),
    "read-header" => LargeFileMemory.ReadHeaderAndReport(args[1]),
    "large-header" => await LargeFileMemory.MeasureAsync(args[1..]),
    "store-scp" => await StoreScpBenchmark.RunAsync(args[1..]),
    "store-scp-serve" => await StoreScpHost.ServeAsync(args[1..]),
    "store-node" => await StoreNodeBenchmark.RunAsync(args[1..]),
    "store-node-serve" => await StoreNodeHostProcess.ServeAsync(args[1..]),
    "find" => await FindBenchmark.RunAsync(args[1..]),
    "find-client" => await FindClient.RunAsync(args[1..]),
    "find-phase" => await OpenRem.Benchmarks.FindPhase.FindPhaseBenchmark.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: OpenRem.Benchmarks COMMAND
          compare-dcmdump [--rounds N]   header-only parse of the corpora, ours against dcmdump, whole processes
          large-header [--gib N]         header-only read of a synthetic N GiB multi-frame file: peak memory
          store-scp [--small N] [--large N] [--large-mib N] [--rounds N] [--gib N]
                                         storescu -> storescp (+B and default) and -> ours: times, ratio, memory
          store-node [--small N] [--rounds N]
                                         storescu -> storescp +B and -> our store node with its import: times, ratio, import lag
          find [--studies N] [--rounds N] [--cache DIR]
                                         study-level C-FIND answered by N Orthanc studies: findscu against ours, whole processes
          find-phase [--studies N] [--parallel N] [--rounds N] [--cache DIR] [--orthanc-json MEMBERS]
                                         find phase of a busy day on Orthanc: 1 association against N, and the filtering alone
          store-scp-serve PORT DIR       (used by store-scp) our Store SCP as a process on 127.0.0.1
          store-node-serve PORT DATADIR  (used by store-node) our store node with import, fresh database in DATADIR
          find-client HOST PORT AE       (used by find) one study-level C-FIND with our client
          parse-headers FILE...          (used by compare-dcmdump) parse each file header-only and list it
          read-header FILE               (used by large-header) read one header, print the peak working set
        """);
    return 2;
}
