import {
  to = awscc_ec2_ipam_prefix_list_resolver.example
  identity = {
    ipam_prefix_list_resolver_id = "ipam_prefix_list_resolver_id"
  }
}
