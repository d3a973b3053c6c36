// Placeholder until the libedit shim lands.
