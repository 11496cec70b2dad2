package main

import (
	"reflect"
	"testing"
)

func TestLoopbackOnly(t *testing.T) {
	in := []string{"etcd", "-data-dir", "/tmp/d",
		"--listen-client-urls", "http://0.0.0.0:2379",
		"--advertise-client-urls", "http://0.0.0.0:2379",
		"--listen-peer-urls=http://[::]:2380,http://localhost:2381",
		"-listen-metrics-urls", "http://:2382"}
	want := []string{"etcd", "-data-dir", "/tmp/d",
		"--listen-client-urls", "http://127.0.0.1:2379",
		"--advertise-client-urls", "http://0.0.0.0:2379",
		"--listen-peer-urls=http://[::1]:2380,http://localhost:2381",
		"-listen-metrics-urls", "http://127.0.0.1:2382"}
	if got := loopbackOnly(in); !reflect.DeepEqual(got, want) {
		t.Fatalf("loopbackOnly(%q)\n got %q\nwant %q", in, got, want)
	}
}
