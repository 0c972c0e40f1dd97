import {
  to = awscc_odb_cloud_autonomous_vm_cluster.example
  identity = {
    cloud_autonomous_vm_cluster_arn = "cloud_autonomous_vm_cluster_arn"
  }
}
