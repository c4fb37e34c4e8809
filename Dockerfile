# syntax=docker/dockerfile:1
# The Graph service: built with the .NET SDK (plus Node.js, which bundles the playground at build time), run on the
# ASP.NET Core runtime. docker-compose.yml runs it against Neo4j; alone it serves the embedded SQLite store.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# npm packages first, so that a code change does not reinstall them.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN dotnet publish src/Graph.Server/Graph.Server.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The seed documents and lexicon, loaded into an empty graph on first start.
COPY --from=build /src/seeds ./seeds
# The embedded store's folder (unused with Neo4j), writable by the images' unprivileged 'app' user. It is prepared
# before VOLUME: changes to a volume path after its declaration are discarded.
RUN mkdir -p /data && chown app /data
ENV Graph__DataDirectory=/data
VOLUME /data
EXPOSE 8080
USER app
ENTRYPOINT ["dotnet", "graph.dll"]
CMD ["serve", "--urls", "http://0.0.0.0:8080"]
