import {
  to = awscc_imagebuilder_image_recipe.example
  id = "arn"
}