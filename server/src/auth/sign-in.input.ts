import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';

@InputType()
export class SignInInput {
  @Field()
  @IsEmail({}, { message: 'Enter an email address in the correct format, like name@example.org' })
  @MaxLength(254, { message: 'Email address must be 254 characters or fewer' })
  email!: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Enter your password' })
  @MaxLength(200, { message: 'Password must be 200 characters or fewer' })
  password!: string;
}
