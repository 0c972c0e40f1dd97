import {
  to = awscc_odb_cloud_vm_cluster.example
  id = "cloud_vm_cluster_arn"
}