import {
  to = awscc_appstream_image_builder.example
  id = "name"
}