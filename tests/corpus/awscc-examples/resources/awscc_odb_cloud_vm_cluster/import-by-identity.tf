import {
  to = awscc_odb_cloud_vm_cluster.example
  identity = {
    cloud_vm_cluster_arn = "cloud_vm_cluster_arn"
  }
}
