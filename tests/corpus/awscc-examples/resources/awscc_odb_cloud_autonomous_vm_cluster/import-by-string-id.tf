import {
  to = awscc_odb_cloud_autonomous_vm_cluster.example
  id = "cloud_autonomous_vm_cluster_arn"
}