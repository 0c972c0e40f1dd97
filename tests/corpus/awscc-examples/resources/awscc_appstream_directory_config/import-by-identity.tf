import {
  to = awscc_appstream_directory_config.example
  identity = {
    directory_name = "directory_name"
  }
}
