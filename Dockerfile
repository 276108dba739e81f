# The site as a container image: `docker build -t alliance-atlas .` (compose.yaml builds it too).
# The published folder ships wwwroot, appsettings.json and content/, and the site takes its own folder as its content
# root, so it starts the same whatever the working directory. Data (an SQLite file, when PostgreSQL is not used) lives
# in the /data volume.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props AllianceAtlas.sln ./
COPY src/AllianceAtlas.Web/AllianceAtlas.Web.csproj src/AllianceAtlas.Web/
RUN dotnet restore src/AllianceAtlas.Web/AllianceAtlas.Web.csproj
COPY src/ src/
COPY content/ content/
RUN dotnet publish src/AllianceAtlas.Web/AllianceAtlas.Web.csproj -c Release --no-restore -p:PublishReadyToRun=false -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
COPY --from=build /app /app
RUN mkdir /data && chown "$APP_UID" /data
VOLUME /data
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ConnectionStrings__Atlas="Data Source=/data/atlas.db"
EXPOSE 8080
USER $APP_UID
WORKDIR /
ENTRYPOINT ["dotnet", "/app/AllianceAtlas.Web.dll"]
