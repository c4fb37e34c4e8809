using Graph.Server.Cli;

// `graph` — the Graph service and its command line. With no verb it serves the GraphQL API.
return await GraphCli.RunAsync(args);
