import {
  to = awscc_connect_approved_origin.example
  identity = {
    instance_id = "instance_id"
    origin      = "origin"
  }
}
