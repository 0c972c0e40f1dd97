import {
  to = awscc_connect_approved_origin.example
  id = "instance_id|origin"
}