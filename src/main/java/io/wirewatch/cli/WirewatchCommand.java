package io.wirewatch.cli;

public final class WirewatchCommand {
    public static void main(String[] args) {
    }
}
