import {
  to = awscc_ec2_ipam_prefix_list_resolver_target.example
  identity = {
    ipam_prefix_list_resolver_target_id = "ipam_prefix_list_resolver_target_id"
  }
}
