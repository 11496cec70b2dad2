// Command etcd is the upstream etcd server (go.etcd.io/etcd/server/v3/etcdmain) at the version that
// k8s.io/kubernetes requires for the pinned release, with one change for the test cluster: it only
// listens on loopback.
//
// fabric8's kube-api-test (7.5.2) starts etcd with --listen-client-urls http://0.0.0.0:<port>, i.e.
// on every interface, and has no setting to change that. Test servers here must listen on loopback
// only, so before handing the arguments to etcd this binary narrows an unspecified host (0.0.0.0,
// [::] or an empty host) in the --listen-*-urls flags to 127.0.0.1 / [::1]. Clients that dial
// 0.0.0.0 (kube-api-test's --etcd-servers) still reach it: on Linux that address means this host.
package main

import (
	"fmt"
	"net/url"
	"os"
	"strings"

	"go.etcd.io/etcd/server/v3/etcdmain"
)

var listenFlags = map[string]bool{
	"listen-client-urls":      true,
	"listen-client-http-urls": true,
	"listen-peer-urls":        true,
	"listen-metrics-urls":     true,
}

func main() {
	etcdmain.Main(loopbackOnly(os.Args))
}

// loopbackOnly returns args with every unspecified listen address replaced by loopback; it accepts
// "-flag value", "--flag value", "-flag=value" and "--flag=value".
func loopbackOnly(args []string) []string {
	out := append([]string(nil), args...)
	for i := 1; i < len(out); i++ {
		name := strings.TrimLeft(out[i], "-")
		if k, v, ok := strings.Cut(name, "="); ok {
			if listenFlags[k] {
				out[i] = out[i][:len(out[i])-len(v)] + narrow(k, v)
			}
			continue
		}
		if listenFlags[name] && i+1 < len(out) {
			out[i+1] = narrow(name, out[i+1])
			i++
		}
	}
	return out
}

func narrow(flag, urls string) string {
	parts := strings.Split(urls, ",")
	for i, raw := range parts {
		u, err := url.Parse(strings.TrimSpace(raw))
		if err != nil {
			continue // etcd reports the malformed URL itself
		}
		switch u.Hostname() {
		case "0.0.0.0", "":
			u.Host = "127.0.0.1:" + u.Port()
		case "::":
			u.Host = "[::1]:" + u.Port()
		default:
			continue
		}
		fmt.Fprintf(os.Stderr, "etcd (test cluster): --%s %s -> %s (loopback only)\n", flag, raw, u.String())
		parts[i] = u.String()
	}
	return strings.Join(parts, ",")
}
