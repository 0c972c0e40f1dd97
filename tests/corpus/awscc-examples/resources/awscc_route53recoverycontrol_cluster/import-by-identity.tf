import {
  to = awscc_route53recoverycontrol_cluster.example
  identity = {
    cluster_arn = "cluster_arn"
  }
}
