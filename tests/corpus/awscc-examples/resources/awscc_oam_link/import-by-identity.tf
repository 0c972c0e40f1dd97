import {
  to = awscc_oam_link.example
  identity = {
    arn = "arn"
  }
}
