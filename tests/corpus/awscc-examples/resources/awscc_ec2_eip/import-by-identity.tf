import {
  to = awscc_ec2_eip.example
  identity = {
    public_ip     = "public_ip"
    allocation_id = "allocation_id"
  }
}
