// Command etcd is the upstream etcd server (go.etcd.io/etcd/server/v3/etcdmain) at the version that
// k8s.io/kubernetes requires for the pinned release.
package main

import (
	"os"

	"go.etcd.io/etcd/server/v3/etcdmain"
)

func main() {
	etcdmain.Main(os.Args)
}
