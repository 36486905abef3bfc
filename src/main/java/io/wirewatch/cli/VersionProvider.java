package io.wirewatch.cli;

import picocli.CommandLine;

/** Reports the version from the jar manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = WirewatchCommand.class.getPackage().getImplementationVersion();
        return new String[] {"wirewatch " + (version == null ? "development build" : version)};
    }
}
