import Foundation

/// Whether a bind endpoint stays on this host (loopback, ipc, inproc) or is reachable from others.
///
/// The coordinator refuses to bind a reachable endpoint without CURVE keys unless told
/// `--insecure`: plain TCP beyond loopback lets anyone read every article and forge results.
enum EndpointExposure {
    /// True when `endpoint` can only be reached from this host.
    static func isLocal(_ endpoint: String) -> Bool {
        if endpoint.hasPrefix("ipc://") || endpoint.hasPrefix("inproc://") { return true }
        guard endpoint.hasPrefix("tcp://") else { return false }
        var host = String(endpoint.dropFirst("tcp://".count))
        if let semicolon = host.firstIndex(of: ";") { host = String(host[host.index(after: semicolon)...]) }
        if host.hasPrefix("[") {
            return host.hasPrefix("[::1]")
        }
        let name = host.split(separator: ":").first.map(String.init) ?? host
        return name == "localhost" || name == "lo" || name.hasPrefix("127.")
    }
}
