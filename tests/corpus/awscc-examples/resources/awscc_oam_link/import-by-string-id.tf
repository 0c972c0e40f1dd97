import {
  to = awscc_oam_link.example
  id = "arn"
}