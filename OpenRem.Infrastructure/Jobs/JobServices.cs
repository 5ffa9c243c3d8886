using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenRem.Infrastructure.Archive;
using OpenRem.Infrastructure.Running;
using Quartz;

namespace OpenRem.Infrastructure.Jobs;

/// <summary>Registers the background jobs on Quartz.NET.</summary>
public static class JobServices
{
    /// <summary>
    /// Adds the scheduler (in memory: the database is the truth, and what was running when the application stopped is
    /// found there at start-up), the query job, the echo round every <see cref="JobOptions.EchoInterval"/>, the limit of
    /// parallel associations per node across every job, and the hosted services that mark the queries left running by a
    /// process that died as interrupted, start the scheduler with a host and stop running queries as interrupted when it
    /// stops, and the triggers of the schedules, kept equal to the database. A process without a host (command-line verbs) never
    /// starts the scheduler.
    /// </summary>
    public static IServiceCollection AddOpenRemJobs(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<JobOptions>().BindConfiguration(JobOptions.SectionName);
        var options = configuration.GetSection(JobOptions.SectionName).Get<JobOptions>() ?? new JobOptions();

        services.AddSingleton<NodeAssociationSlots>();
        services.AddSingleton<NodeStatuses>();
        services.AddSingleton<IQueryJobs, QueryJobs>();
        services.AddScoped<RunScheduleJob>();
        services.AddSingleton<ScheduleTriggers>();
        services.AddSingleton<IScheduleTriggers>(provider => provider.GetRequiredService<ScheduleTriggers>());

        services.AddQuartz(quartz =>
        {
            quartz.UseInMemoryStore();
            quartz.UseDefaultThreadPool(pool => pool.MaxConcurrency = Math.Max(2, options.MaxConcurrentJobs));
            quartz.AddJob<RunQueryJob>(job => job.WithIdentity(RunQueryJob.Key).StoreDurably());
            quartz.AddJob<EchoNodesJob>(job => job.WithIdentity(EchoNodesJob.Key).StoreDurably());
            quartz.AddTrigger(trigger => trigger
                .ForJob(EchoNodesJob.Key)
                .WithIdentity("echo-nodes", "nodes")
                .StartNow()
                .WithSimpleSchedule(schedule => schedule
                    .WithInterval(options.EchoInterval)
                    .RepeatForever()
                    .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
        });
        services.AddHostedService<InterruptedQueriesAtStart>();
        services.AddQuartzHostedService(hosted =>
        {
            hosted.WaitForJobsToComplete = true;
            hosted.AwaitApplicationStarted = true;
        });
        services.AddHostedService(provider => provider.GetRequiredService<ScheduleTriggers>());
        services.AddHostedService<StopQueriesOnShutdown>();
        return services;
    }
}
