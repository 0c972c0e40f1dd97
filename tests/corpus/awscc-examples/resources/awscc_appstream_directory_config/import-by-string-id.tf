import {
  to = awscc_appstream_directory_config.example
  id = "directory_name"
}