import {
  to = awscc_appstream_app_block_builder.example
  identity = {
    name = "name"
  }
}
