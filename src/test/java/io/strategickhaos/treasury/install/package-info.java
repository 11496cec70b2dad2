/**
 * Tests of what ships beside the code: the {@code k8s/} install, the samples, the Argo CD health
 * checks, the CRDs in {@code crds/} and the Dockerfile. They read files from the repository root
 * (Maven's working directory) and import nothing from the operator but {@code RbacRequirements}.
 */
package io.strategickhaos.treasury.install;
