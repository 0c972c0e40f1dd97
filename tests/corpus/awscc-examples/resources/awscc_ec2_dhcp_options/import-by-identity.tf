import {
  to = awscc_ec2_dhcp_options.example
  identity = {
    dhcp_options_id = "dhcp_options_id"
  }
}
