import {
  to = awscc_ec2_dhcp_options.example
  id = "dhcp_options_id"
}