import {
  to = awscc_fsx_s3_access_point_attachment.example
  identity = {
    name = "name"
  }
}
