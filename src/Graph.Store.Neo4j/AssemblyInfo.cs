using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Graph.Store.Tests")]
