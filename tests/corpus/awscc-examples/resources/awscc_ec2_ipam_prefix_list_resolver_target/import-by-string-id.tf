import {
  to = awscc_ec2_ipam_prefix_list_resolver_target.example
  id = "ipam_prefix_list_resolver_target_id"
}