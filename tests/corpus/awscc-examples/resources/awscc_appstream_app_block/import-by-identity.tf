import {
  to = awscc_appstream_app_block.example
  identity = {
    arn = "arn"
  }
}
