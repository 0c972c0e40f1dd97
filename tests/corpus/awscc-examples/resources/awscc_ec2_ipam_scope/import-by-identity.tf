import {
  to = awscc_ec2_ipam_scope.example
  identity = {
    ipam_scope_id = "ipam_scope_id"
  }
}
