import {
  to = awscc_route53recoverycontrol_cluster.example
  id = "cluster_arn"
}