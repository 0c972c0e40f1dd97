import {
  to = awscc_ec2_ipam_scope.example
  id = "ipam_scope_id"
}